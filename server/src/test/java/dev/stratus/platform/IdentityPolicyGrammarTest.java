package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityPolicyGrammarTest {
    private static final String V = "'Version':'2012-10-17',";
    private static final String OK = "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::example_bucket'";

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Test
    void documentsInIamsGrammarParseAndKeepWhatTheySay() throws Exception {
        List<String> good = List.of(
                "{" + V + "'Statement':{" + OK + "}}",
                "{" + V + "'Statement':[{'Sid':'ReadOnly1','Effect':'Deny','NotAction':['iam:*','sts:*'],'NotResource':'*'}]}",
                "{" + V + "'Statement':{'Effect':'Allow','Action':'iam: asdf safdsf af ','Resource':'arn:aws:s3:::example_bucket'}}",
                "{" + V + "'Statement':{'Effect':'Allow','Action':'*','Resource':['arn:aws:s3:::example_bucket','*']}}",
                "{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:::user/example_bucket'}}",
                "{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:fdsasf'}}",
                "{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:ec2:us-east-1::example_bucket'}}",
                "{" + V + "'Statement':{" + OK + ",'Condition':{}}}",
                "{" + V + "'Statement':{" + OK + ",'Condition':{'DateGreaterThan':{}}}}",
                "{" + V + "'Statement':{" + OK + ",'Condition':{'DateGreaterThan':{'a':[]}}}}",
                "{" + V + "'Statement':{" + OK + ",'Condition':{'unknown':{}}}}",
                "{" + V + "'Statement':{" + OK + ",'Condition':{'DateGreaterThan':{'aws:CurrentTime':'2017-07-01T00:00:00Z'},"
                        + "'DateLessThan':{'aws:EpochTime':'1514764799'},'ForAllValues:StringEqualsIfExists':{'aws:TagKeys':['Department']},"
                        + "'Bool':{'aws:SecureTransport':true},'NumericLessThan':{'s3:max-keys':10},'Null':{'aws:TokenIssueTime':'true'}}}}",
                "{" + V + "'Id':'doc','Statement':[{'Sid':'',"  + OK + "},{'Sid':''," + OK + "}]}");
        for (String text : good) {
            assertEquals(PolicyDocument.stored(json(text)).toJson(), PolicyDocument.parseIdentity(json(text)).toJson(), text);
        }
    }

    /** IAM's answers to malformed documents, first failing stage first, as CreatePolicy and PutRolePolicy give them. */
    @Test
    void malformedDocumentsAreRefusedInIamsWordsAndOrder() {
        Map<String, String> bad = new LinkedHashMap<>();
        String syntax = "Syntax errors in policy.";
        bad.put("This is not a json document", syntax);
        bad.put("{" + V + "'Statement':{" + OK + "}} trailing", syntax);
        bad.put("{'Version':'2013-10-17','Statement':{" + OK + "}}", syntax);
        bad.put("{" + V.replace(",", "") + "}", syntax);
        bad.put("{" + V + "'Statement':['afd']}", syntax);
        bad.put("{" + V + "'Statement':[]}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + "},'Extra field':'value'}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Extra field':'value'}}", syntax);
        bad.put("{" + V + "'Id':['x'],'Statement':{" + OK + "}}", syntax);
        bad.put("{" + V + "'Statement':{'Effect':'invalid','Action':'s3:ListBucket','Resource':'*'}}", syntax);
        bad.put("{" + V + "'Statement':{'Action':'s3:ListBucket','Resource':'*'}}", syntax);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':{'a':'arn:aws:s3:::b'}}}", syntax);
        bad.put("{" + V + "'Statement':{'Effect':'Deny','Action':[[]],'Resource':'*'}}", syntax);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket','Action':[],'Resource':'*'}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'NotResource':'*'}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':[]}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'a':'b'}}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'DateGreaterThan':{'a':{}}}}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'x':{'a':'1'}}}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'ForAnyValue::StringEqualsIfExists':{'a':'asf'}}}}", syntax);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'NullIfExists':{'a':'true'}}}}", syntax);
        bad.put("{" + V + "'Statement':{'Sid':[]," + OK + "}}", syntax);
        String version = "Policy document must be version 2012-10-17 or greater.";
        bad.put("{'Statement':{" + OK + "}}", version);
        bad.put("{'Version':'2008-10-17','Statement':{" + OK + "}}", version);
        bad.put("{'Statement':{'Effect':'denY','Action':'s3:ListBucket','Resource':'*'}}", version);
        String legacy = "The policy failed legacy parsing";
        bad.put("{" + V + "'Statement':{'Effect':'denY','Action':'s3:ListBucket','Resource':'*'}}", legacy);
        bad.put("{" + V + "'Statement':[{'Sid':'sdf','Effect':'aLLow','Action':'s3:ListBucket','Resource':'*'},{'Sid':'sdf','Effect':'Allow'}]}",
                legacy);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'DateGreaterThan':{'a':'sdfdsf'}}}}", legacy);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'DateLessThanEquals':{'a':'234-13'}}}}", legacy);
        bad.put("{" + V + "'Statement':{" + OK + ",'Condition':{'DateLessThan':{'a':'9223372036854775808'}}}}", legacy);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3::example_bucket'}}", legacy);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Resource':'arn:aws:s3::example_bucket'}}", legacy);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3:ListBucket','Resource':'arn:aws::::example_bucket'}}", legacy);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws::fdsasf'}}", legacy);
        bad.put("{" + V + "'Statement':[{'Sid':'sdf'," + OK + "},{'Sid':'sdf','Effect':'Allow'}]}",
                "Statement IDs (SID) in a single policy must be unique.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Resource':'*'}}", "Policy statement must contain actions.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow'}}", "Policy statement must contain actions.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':[],'Resource':'*'}}", "Policy statement must contain actions.");
        bad.put("{" + V + "'Statement':[{'Effect':'Deny'},{" + OK + "}]}", "Policy statement must contain actions.");
        String principal = "Policy document should not specify a principal.";
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::123456789012:user/alice'},'Action':'s3:*',"
                + "'Resource':'arn:aws:s3:::b/*'}}", principal);
        bad.put("{" + V + "'Statement':{'Effect':'Deny','NotPrincipal':'*','Action':'s3:*','Resource':'*'}}", principal);
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket'}}", "Policy statement must contain resources.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':[]}}", "Policy statement must contain resources.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'invalid'}}", "Policy statement must contain resources.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'invalid resource'}}",
                "Resource invalid resource must be in ARN format or \"*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s:3:ListBucket','Resource':'sdfsadf'}}",
                "Resource sdfsadf must be in ARN format or \"*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':''}}", "Resource  must be in ARN format or \"*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:bsdfdsafsad'}}",
                "Partition \"bsdfdsafsad\" is not valid for resource \"arn:bsdfdsafsad:*:*:*:*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:cadfsdf'}}",
                "Partition \"b\" is not valid for resource \"arn:b:cadfsdf:*:*:*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:c:d:e:f:g:h'}}",
                "Partition \"b\" is not valid for resource \"arn:b:c:d:e:f:g:h\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'aws:s3:::example_bucket'}}",
                "Partition \"s3\" is not valid for resource \"arn:s3:::example_bucket:*\".");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws'}}",
                "Resource vendor must be fully qualified and cannot contain regexes.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:us-east-1::example_bucket'}}",
                "IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:us-east-1::example_bucket'}}",
                "Resource arn:aws:s3:us-east-1::example_bucket can not contain region information.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:::example_bucket'}}",
                "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/,"
                        + " server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'invalid','Resource':'*'}}",
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','NotAction':'','Resource':'*'}}",
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'s3:List:Bucket','Resource':'*'}}", "Actions/Condition can contain only one colon.");
        bad.put("{" + V + "'Statement':{'Effect':'Allow','Action':'a a:ListBucket','Resource':'*'}}", "Vendor a a is not valid");
        bad.put("{" + V + "'Statement':[{'Sid':'Atomic_Red_Team','Effect':'Allow','Action':'iam:CreatePolicyVersion',"
                + "'Resource':'arn:aws:iam::*:policy/*'}]}",
                "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*");
        bad.forEach((text, message) -> {
            PolicyDocument.Malformed e = assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parseIdentity(json(text)), text);
            assertEquals(message, e.getMessage(), text);
        });
        assertTrue(assertThrows(PolicyDocument.Malformed.class, () -> PolicyDocument.parseIdentity(null)).syntax());
    }
}
